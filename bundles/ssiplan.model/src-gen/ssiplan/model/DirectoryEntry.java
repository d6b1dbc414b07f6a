/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Directory Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Directory statements shared by PROFILE, USER, IDENTITY and SUBCONFIG entries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.DirectoryEntry#getMinidisks <em>Minidisks</em>}</li>
 *   <li>{@link ssiplan.model.DirectoryEntry#getLinks <em>Links</em>}</li>
 *   <li>{@link ssiplan.model.DirectoryEntry#getNics <em>Nics</em>}</li>
 *   <li>{@link ssiplan.model.DirectoryEntry#getDedicatedDevices <em>Dedicated Devices</em>}</li>
 *   <li>{@link ssiplan.model.DirectoryEntry#getOtherStatements <em>Other Statements</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getDirectoryEntry()
 * @model abstract="true"
 * @generated
 */
public interface DirectoryEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Minidisks</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Minidisk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minidisks</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getDirectoryEntry_Minidisks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Minidisk> getMinidisks();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.MinidiskLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getDirectoryEntry_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<MinidiskLink> getLinks();

	/**
	 * Returns the value of the '<em><b>Nics</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.NicDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nics</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getDirectoryEntry_Nics()
	 * @model containment="true"
	 * @generated
	 */
	EList<NicDef> getNics();

	/**
	 * Returns the value of the '<em><b>Dedicated Devices</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.DedicatedDevice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dedicated Devices</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getDirectoryEntry_DedicatedDevices()
	 * @model containment="true"
	 * @generated
	 */
	EList<DedicatedDevice> getDedicatedDevices();

	/**
	 * Returns the value of the '<em><b>Other Statements</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directory statements the planner does not model (e.g. SPOOL, CONSOLE), kept verbatim so import and export round-trip.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Other Statements</em>' attribute list.
	 * @see ssiplan.model.SsiplanPackage#getDirectoryEntry_OtherStatements()
	 * @model
	 * @generated
	 */
	EList<String> getOtherStatements();

} // DirectoryEntry
