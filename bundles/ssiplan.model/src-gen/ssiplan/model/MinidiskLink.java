/**
 */
package ssiplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Minidisk Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A LINK statement to another user's minidisk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.MinidiskLink#getOwner <em>Owner</em>}</li>
 *   <li>{@link ssiplan.model.MinidiskLink#getOwnerVaddr <em>Owner Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.MinidiskLink#getVaddr <em>Vaddr</em>}</li>
 *   <li>{@link ssiplan.model.MinidiskLink#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getMinidiskLink()
 * @model
 * @generated
 */
public interface MinidiskLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owning userid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see ssiplan.model.SsiplanPackage#getMinidiskLink_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link ssiplan.model.MinidiskLink#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Returns the value of the '<em><b>Owner Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner Vaddr</em>' attribute.
	 * @see #setOwnerVaddr(String)
	 * @see ssiplan.model.SsiplanPackage#getMinidiskLink_OwnerVaddr()
	 * @model
	 * @generated
	 */
	String getOwnerVaddr();

	/**
	 * Sets the value of the '{@link ssiplan.model.MinidiskLink#getOwnerVaddr <em>Owner Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Vaddr</em>' attribute.
	 * @see #getOwnerVaddr()
	 * @generated
	 */
	void setOwnerVaddr(String value);

	/**
	 * Returns the value of the '<em><b>Vaddr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address the link appears at in this guest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vaddr</em>' attribute.
	 * @see #setVaddr(String)
	 * @see ssiplan.model.SsiplanPackage#getMinidiskLink_Vaddr()
	 * @model
	 * @generated
	 */
	String getVaddr();

	/**
	 * Sets the value of the '{@link ssiplan.model.MinidiskLink#getVaddr <em>Vaddr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vaddr</em>' attribute.
	 * @see #getVaddr()
	 * @generated
	 */
	void setVaddr(String value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The default value is <code>"RR"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.AccessMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see ssiplan.model.AccessMode
	 * @see #setMode(AccessMode)
	 * @see ssiplan.model.SsiplanPackage#getMinidiskLink_Mode()
	 * @model default="RR"
	 * @generated
	 */
	AccessMode getMode();

	/**
	 * Sets the value of the '{@link ssiplan.model.MinidiskLink#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see ssiplan.model.AccessMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(AccessMode value);

} // MinidiskLink
