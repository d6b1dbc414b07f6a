/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Relocation Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user-defined relocation domain: the members a guest may move between without FORCE DOMAIN. Its architecture is the maximal common subset of its members' facilities [C].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.RelocationDomain#getName <em>Name</em>}</li>
 *   <li>{@link ssiplan.model.RelocationDomain#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getRelocationDomain()
 * @model
 * @generated
 */
public interface RelocationDomain extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1-8 characters [U].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see ssiplan.model.SsiplanPackage#getRelocationDomain_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link ssiplan.model.RelocationDomain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' reference list.
	 * The list contents are of type {@link ssiplan.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' reference list.
	 * @see ssiplan.model.SsiplanPackage#getRelocationDomain_Members()
	 * @model
	 * @generated
	 */
	EList<Member> getMembers();

} // RelocationDomain
