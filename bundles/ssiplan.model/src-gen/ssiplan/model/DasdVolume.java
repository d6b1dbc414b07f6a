/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dasd Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A DASD volume (ECKD 3390 or FBA on SCSI via EDEVICE).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.DasdVolume#getVolser <em>Volser</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getDeviceType <em>Device Type</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getCylinders <em>Cylinders</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getBlocks <em>Blocks</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getUse <em>Use</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getOwnerMember <em>Owner Member</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getDeviceNumbers <em>Device Numbers</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getSite <em>Site</em>}</li>
 *   <li>{@link ssiplan.model.DasdVolume#getMirrorPartner <em>Mirror Partner</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getDasdVolume()
 * @model
 * @generated
 */
public interface DasdVolume extends EObject {
	/**
	 * Returns the value of the '<em><b>Volser</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Volume label, 1-6 characters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Volser</em>' attribute.
	 * @see #setVolser(String)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_Volser()
	 * @model
	 * @generated
	 */
	String getVolser();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getVolser <em>Volser</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Volser</em>' attribute.
	 * @see #getVolser()
	 * @generated
	 */
	void setVolser(String value);

	/**
	 * Returns the value of the '<em><b>Device Type</b></em>' attribute.
	 * The default value is <code>"3390-9"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.DasdDeviceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Type</em>' attribute.
	 * @see ssiplan.model.DasdDeviceType
	 * @see #setDeviceType(DasdDeviceType)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_DeviceType()
	 * @model default="3390-9"
	 * @generated
	 */
	DasdDeviceType getDeviceType();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getDeviceType <em>Device Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Type</em>' attribute.
	 * @see ssiplan.model.DasdDeviceType
	 * @see #getDeviceType()
	 * @generated
	 */
	void setDeviceType(DasdDeviceType value);

	/**
	 * Returns the value of the '<em><b>Cylinders</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Cylinders of an ECKD volume.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cylinders</em>' attribute.
	 * @see #setCylinders(int)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_Cylinders()
	 * @model
	 * @generated
	 */
	int getCylinders();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getCylinders <em>Cylinders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cylinders</em>' attribute.
	 * @see #getCylinders()
	 * @generated
	 */
	void setCylinders(int value);

	/**
	 * Returns the value of the '<em><b>Blocks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 512-byte blocks of an FBA (EDEV) volume.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Blocks</em>' attribute.
	 * @see #setBlocks(long)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_Blocks()
	 * @model
	 * @generated
	 */
	long getBlocks();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getBlocks <em>Blocks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Blocks</em>' attribute.
	 * @see #getBlocks()
	 * @generated
	 */
	void setBlocks(long value);

	/**
	 * Returns the value of the '<em><b>Use</b></em>' attribute.
	 * The default value is <code>"USER-SHARED"</code>.
	 * The literals are from the enumeration {@link ssiplan.model.VolumeUse}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Use</em>' attribute.
	 * @see ssiplan.model.VolumeUse
	 * @see #setUse(VolumeUse)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_Use()
	 * @model default="USER-SHARED"
	 * @generated
	 */
	VolumeUse getUse();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getUse <em>Use</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Use</em>' attribute.
	 * @see ssiplan.model.VolumeUse
	 * @see #getUse()
	 * @generated
	 */
	void setUse(VolumeUse value);

	/**
	 * Returns the value of the '<em><b>Owner Member</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For member-local volumes (sysres, page, tdisk, user-local): the member that owns it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner Member</em>' reference.
	 * @see #setOwnerMember(Member)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_OwnerMember()
	 * @model
	 * @generated
	 */
	Member getOwnerMember();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getOwnerMember <em>Owner Member</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner Member</em>' reference.
	 * @see #getOwnerMember()
	 * @generated
	 */
	void setOwnerMember(Member value);

	/**
	 * Returns the value of the '<em><b>Device Numbers</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.DeviceNumber}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Real device number of this volume on each member that reaches it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device Numbers</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_DeviceNumbers()
	 * @model containment="true"
	 * @generated
	 */
	EList<DeviceNumber> getDeviceNumbers();

	/**
	 * Returns the value of the '<em><b>Site</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Site where the volume lives (disaster recovery).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Site</em>' attribute.
	 * @see #setSite(String)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_Site()
	 * @model
	 * @generated
	 */
	String getSite();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getSite <em>Site</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' attribute.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(String value);

	/**
	 * Returns the value of the '<em><b>Mirror Partner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The volume this one is mirrored to (or from) at the other site.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mirror Partner</em>' reference.
	 * @see #setMirrorPartner(DasdVolume)
	 * @see ssiplan.model.SsiplanPackage#getDasdVolume_MirrorPartner()
	 * @model
	 * @generated
	 */
	DasdVolume getMirrorPartner();

	/**
	 * Sets the value of the '{@link ssiplan.model.DasdVolume#getMirrorPartner <em>Mirror Partner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mirror Partner</em>' reference.
	 * @see #getMirrorPartner()
	 * @generated
	 */
	void setMirrorPartner(DasdVolume value);

} // DasdVolume
